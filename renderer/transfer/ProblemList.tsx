import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/fileFormat/problems';
import { problemText } from '../i18n/problemText';

/** The problems found in a refused file: where (path) and what, in the user's language. */
export function ProblemList({ intro, problems, total }: { intro: string; problems: Problem[]; total: number }) {
  const { t } = useTranslation();
  const more = total - problems.length;
  return (
    <div data-testid="import-problems">
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <ul style={{ maxHeight: 320, overflow: 'auto', paddingInlineStart: 20 }}>
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            {problem.path && <Typography.Text code>{problem.path}</Typography.Text>} {problemText(t, problem)}
          </li>
        ))}
      </ul>
      {more > 0 && <Typography.Text type="secondary">{t('transfer.refusedMore', { count: more })}</Typography.Text>}
    </div>
  );
}
