/**
 * antd's Rate with each star named in the person's language ("3 分（满 5 分）"): left to antd, every star is
 * an icon named "star" in English, and that is what a screen reader read for each choice.
 */
import { StarFilled } from '@ant-design/icons';
import { Rate, type RateProps } from 'antd';
import { useTranslation } from 'react-i18next';

export function StarRating(props: RateProps) {
  const { t } = useTranslation();
  return <Rate character={({ index = 0 }) => <StarFilled aria-label={t('common.starOf', { n: index + 1, total: props.count ?? 5 })} />} {...props} />;
}
