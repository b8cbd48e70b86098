/**
 * The first minute with Keyplan, on the home screen: an empty workspace offers the sample (a realistic
 * provincial-telecom account, marked as a sample, removable in one click) or starting empty; then a short
 * checklist of first steps (team, first account, its chain, the plan) ticks itself off as the person's
 * own records appear and goes away once done or dismissed. While the sample is there, a notice says so
 * and removes it.
 */
import { CheckCircleFilled, ExperimentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nowIso, todayIsoDate } from '../../../shared/domain/common';
import { SAMPLE_ACCOUNT_ID } from '../../../shared/sample/sampleWorkspace';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { useFirstSteps } from '../../data/hooks/firstStepsHooks';
import { addSample, removeSample } from '../../data/repositories/sampleRepository';

/** A preference of this device, like the language: the checklist was put away, or the welcome skipped. */
const HIDDEN_KEY = 'keyplan.firstSteps.hidden';
const SKIPPED_KEY = 'keyplan.firstSteps.startedEmpty';
const flag = (key: string) => {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
};

const STEPS = [
  { key: 'team', to: '/settings' },
  { key: 'account', to: '/accounts/new' },
  { key: 'chain', to: '/chains' },
  { key: 'plan', to: '/plan' },
] as const;

export function FirstSteps({ accountTotal, year }: { accountTotal: number | undefined; year: number | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const reportError = useErrorReporter();
  const steps = useFirstSteps(year);
  const [hidden, setHidden] = useState(() => flag(HIDDEN_KEY));
  const [startedEmpty, setStartedEmpty] = useState(() => flag(SKIPPED_KEY));
  const [loading, setLoading] = useState(false);
  if (!steps || accountTotal === undefined || year === undefined) return null;

  const remember = (key: string) => {
    try {
      localStorage.setItem(key, '1');
    } catch {
      // Private windows may refuse storage: the choice then lasts for this visit.
    }
  };
  const loadSample = () => {
    setLoading(true);
    addSample(db, { language: i18n.language, today: todayIsoDate(), year, now: nowIso() })
      .then(() => void message.success(t('portfolio.firstStart.sampleLoaded')), reportError)
      .finally(() => setLoading(false));
  };
  const confirmRemove = () =>
    modal.confirm({
      title: t('portfolio.firstStart.removeTitle'),
      content: t('portfolio.firstStart.removeText'),
      okText: t('portfolio.firstStart.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => removeSample(db).then(() => void message.success(t('portfolio.firstStart.removed')), reportError),
    });

  const welcome = accountTotal === 0 && !steps.sample && !startedEmpty;
  const done = STEPS.filter((s) => steps[s.key]).length;
  const checklist = !hidden && done < STEPS.length;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {welcome && (
        <Card role="region" aria-labelledby="kp-welcome-title">
          <Typography.Title level={3} id="kp-welcome-title" style={{ marginTop: 0 }}>
            {t('portfolio.firstStart.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('portfolio.firstStart.intro')}</Typography.Paragraph>
          <Space wrap>
            <Button type="primary" icon={<ExperimentOutlined aria-hidden />} loading={loading} onClick={loadSample}>
              {t('portfolio.firstStart.loadSample')}
            </Button>
            <Button
              onClick={() => {
                remember(SKIPPED_KEY);
                setStartedEmpty(true);
              }}
            >
              {t('portfolio.firstStart.startEmpty')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('portfolio.firstStart.sampleHint')}
          </Typography.Paragraph>
        </Card>
      )}
      {steps.sample && (
        <Alert
          type="info"
          showIcon
          icon={<ExperimentOutlined aria-hidden />}
          title={t('portfolio.firstStart.sampleNotice')}
          action={
            <Space>
              <Button size="small" onClick={() => void navigate(`/accounts/${SAMPLE_ACCOUNT_ID}`)}>
                {t('portfolio.firstStart.openSample')}
              </Button>
              <Button size="small" danger onClick={() => void confirmRemove()}>
                {t('portfolio.firstStart.remove')}
              </Button>
            </Space>
          }
        />
      )}
      {checklist && (
        <Card
          size="small"
          role="region"
          aria-labelledby="kp-first-steps-title"
          title={<span id="kp-first-steps-title">{t('portfolio.firstStart.stepsTitle', { done, total: STEPS.length })}</span>}
          extra={
            <Button
              type="link"
              size="small"
              onClick={() => {
                remember(HIDDEN_KEY);
                setHidden(true);
              }}
            >
              {t('portfolio.firstStart.hide')}
            </Button>
          }
        >
          <ol className="kp-first-steps">
            {STEPS.map((step, i) => (
              <li key={step.key} className={steps[step.key] ? 'kp-first-step kp-first-step--done' : 'kp-first-step'}>
                {steps[step.key] ? <CheckCircleFilled aria-hidden className="kp-first-step-mark" /> : <span aria-hidden className="kp-first-step-mark kp-first-step-number">{i + 1}</span>}
                <span className="kp-first-step-text">
                  {t(`portfolio.firstStart.steps.${step.key}`)}
                  <span className="kp-visually-hidden">{steps[step.key] ? t('portfolio.firstStart.stepDone') : ''}</span>
                </span>
                {!steps[step.key] && (
                  <Button size="small" type="link" onClick={() => void navigate(step.to)}>
                    {t(`portfolio.firstStart.go.${step.key}`)}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </Card>
      )}
    </Space>
  );
}
