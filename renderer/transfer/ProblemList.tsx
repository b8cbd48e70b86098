import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/fileFormat/problems';
import { problemLine, problemText } from '../i18n/problemText';

/**
 * The problems found in a refused file: the record each is about (as the person knows it), its field
 * and what is wrong, in the user's language; the path stays beside it, small, for the expert.
 */
export function ProblemList({ intro, problems, total }: { intro: string; problems: Problem[]; total: number }) {
  const { t } = useTranslation();
  const more = total - problems.length;
  return (
    <div data-testid="import-problems">
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <ul style={{ maxHeight: 320, overflow: 'auto', paddingInlineStart: 20 }}>
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            {problem.subject ? (
              <>
                {problemLine(t, problem)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {problem.path}
                </Typography.Text>
              </>
            ) : (
              <>
                {problem.path && <Typography.Text code>{problem.path}</Typography.Text>} {problemText(t, problem)}
              </>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <Typography.Text type="secondary">{t('transfer.refusedMore', { count: more })}</Typography.Text>}
    </div>
  );
}
