/**
 * The scoring standards behind the analysis views: RFM score tables, weights, VIP bands and the
 * high/low cut (seed 000); the matrix thresholds; stage probabilities; when a key person has gone
 * cold. Edited together and saved with one button, because a table is only valid as a whole (its
 * thresholds must go up); what is wrong is listed with where it is.
 */
import { Alert, App, Button, Col, Divider, Form, Row, Space, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES } from '../../../shared/domain/codes';
import { matrixSettingsSchema } from '../../../shared/domain/matrixSettings';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import { rfmSettingsSchema } from '../../../shared/domain/rfmSettings';
import { DEFAULT_STAGE_PROBABILITIES, settingsSchema, type Settings } from '../../../shared/domain/settings';
import { problemFromZodIssue } from '../../../shared/fileFormat/problems';
import { VIP_LEVELS } from '../../../shared/methods/rfm';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { useSettings } from '../../data/hooks/workspaceHooks';
import { saveSettingsEdit } from '../../data/repositories/settingsRepository';
import { saveThenClose } from '../../components/saveThenClose';
import { useConflictChoices } from '../../components/useConflictChoices';
import { useUnsavedGuard } from '../../session/unsavedWork';
import { problemText } from '../../i18n/problemText';
import { NumberInput } from '../../components/NumberInput';
import { MoneyInput, moneyRules } from '../../components/formFields';

type Four = [number, number, number, number];

interface Values {
  rfm: Omit<Settings['rfm'], 'monetaryAmounts'> & { monetaryAmounts: Four };
  matrix: { relationshipThreshold: number; potentialThreshold: number };
  stageProbabilities: Settings['stageProbabilities'];
  coldAfterDays: number;
  riskMarginPercent: number;
  askRevisionReason: boolean;
}

function toValues(s: Pick<Settings, 'rfm' | 'matrix' | 'stageProbabilities' | 'coldAfterDays' | 'currency' | 'riskMarginPercent' | 'askRevisionReason'>): Values {
  const major = (minor: number) => fromMinorUnits(minor, s.currency);
  return {
    rfm: { ...s.rfm, monetaryAmounts: s.rfm.monetaryAmounts.map(major) as Four },
    matrix: { relationshipThreshold: s.matrix.relationshipThreshold, potentialThreshold: major(s.matrix.potentialThreshold) },
    stageProbabilities: s.stageProbabilities,
    coldAfterDays: s.coldAfterDays,
    riskMarginPercent: s.riskMarginPercent,
    askRevisionReason: s.askRevisionReason,
  };
}

export function AnalysisSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const settings = useSettings();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const askConflicts = useConflictChoices();
  // The settings as this form opened them: a save writes only what the person changed since.
  const [loaded, setLoaded] = useState<Settings | null>(null);
  if (settings && loaded === null) setLoaded(settings);
  const initial = useMemo(() => (loaded ? toValues(loaded) : null), [loaded]);
  useUnsavedGuard(() => form.isFieldsTouched());
  if (!settings || !loaded || !initial) return null;

  const minor = (major: number) => toMinorUnits(major, settings.currency) ?? -1;
  const submit = (values: Values) => {
    const candidate = {
      ...settings,
      rfm: { ...values.rfm, monetaryAmounts: values.rfm.monetaryAmounts.map(minor) },
      matrix: { relationshipThreshold: values.matrix.relationshipThreshold, potentialThreshold: minor(values.matrix.potentialThreshold) },
      stageProbabilities: values.stageProbabilities,
      coldAfterDays: values.coldAfterDays,
      riskMarginPercent: values.riskMarginPercent,
      askRevisionReason: values.askRevisionReason,
    };
    const parsed = settingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => problemFromZodIssue(issue, candidate)).map((p) => `${p.path}: ${problemText(t, p)}`));
      return;
    }
    setProblems([]);
    const { rfm, matrix, stageProbabilities, coldAfterDays, riskMarginPercent, askRevisionReason } = parsed.data;
    void saveThenClose((choices) => saveSettingsEdit(db, { loaded, ...(choices ? { choices } : {}) }, { rfm, matrix, stageProbabilities, coldAfterDays, riskMarginPercent, askRevisionReason }), {
      saved: (saved) => {
        // The form now stands on what was saved (it remounts on it, untouched): the next save compares with it.
        setLoaded(saved);
        message.success({ content: t('settings.saved'), key: 'settings-saved' });
      },
      refused: (found) => setProblems(found.map((p) => `${p.path}: ${problemText(t, p)}`)),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => path.join(' › ') }),
    });
  };

  const four = (path: 'recencyDays' | 'frequencyCounts' | 'monetaryAmounts' | 'vipBands', labels: string[]) => (
    <Row gutter={8}>
      {labels.map((label, i) => (
        <Col span={6} key={label}>
          <Form.Item name={['rfm', path, i]} label={label} rules={[{ required: true, message: t('problems.required') }, ...(path === 'monetaryAmounts' ? moneyRules(t, settings.currency) : [])]}>
            {path === 'monetaryAmounts' ? (
              <MoneyInput currency={settings.currency} aria-label={`${t(`settings.analysis.${path}`, { currency: settings.currency })} ${label}`} />
            ) : (
              <NumberInput style={{ width: '100%' }} min={0} precision={0} aria-label={`${t(`settings.analysis.${path}`, { currency: settings.currency })} ${label}`} />
            )}
          </Form.Item>
        </Col>
      ))}
    </Row>
  );

  return (
    <Form<Values> key={loaded.updatedAt} form={form} layout="vertical" initialValues={initial} onFinish={submit} aria-label={t('settings.analysis.title')}>
      {problems.length > 0 && <Alert type="error" style={{ marginBottom: 12 }} title={t('common.fixErrors')} description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      <Typography.Paragraph type="secondary">{t('settings.analysis.rfmHint')}</Typography.Paragraph>
      <Typography.Text strong>{t('settings.analysis.recencyDays')}</Typography.Text>
      {four('recencyDays', ['5', '4', '3', '2'].map((s) => t('settings.analysis.scoreUpTo', { score: s })))}
      <Typography.Text strong>{t('settings.analysis.frequencyCounts')}</Typography.Text>
      {four('frequencyCounts', ['2', '3', '4', '5'].map((s) => t('settings.analysis.scoreFrom', { score: s })))}
      <Typography.Text strong>{t('settings.analysis.monetaryAmounts', { currency: settings.currency })}</Typography.Text>
      {four('monetaryAmounts', ['2', '3', '4', '5'].map((s) => t('settings.analysis.scoreFrom', { score: s })))}
      <Typography.Text strong>{t('settings.analysis.vipBands')}</Typography.Text>
      {four('vipBands', VIP_LEVELS.slice(1).map((level) => t('settings.analysis.levelFrom', { level })))}
      <Row gutter={8}>
        {(['r', 'f', 'm'] as const).map((axis) => (
          <Col span={4} key={axis}>
            <Form.Item name={['rfm', 'weights', axis]} label={t('settings.analysis.weight', { axis: axis.toUpperCase() })} rules={[{ required: true, message: t('problems.required') }]}>
              <NumberInput min={0} max={20} precision={0} style={{ width: '100%' }} aria-label={t('settings.analysis.weight', { axis: axis.toUpperCase() })} />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item name={['rfm', 'highFrom']} label={t('settings.analysis.highFrom')} rules={[{ required: true, message: t('problems.required') }]}>
            <NumberInput min={1} max={5} precision={0} style={{ width: '100%' }} aria-label={t('settings.analysis.highFrom')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['rfm', 'windowDays']} label={t('settings.analysis.windowDays')} rules={[{ required: true, message: t('problems.required') }]}>
            <NumberInput min={30} max={3650} precision={0} style={{ width: '100%' }} aria-label={t('settings.analysis.windowDays')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('settings.analysis.matrix')}
      </Divider>
      <Row gutter={8}>
        <Col span={8}>
          <Form.Item name={['matrix', 'relationshipThreshold']} label={t('matrix.relationshipThreshold')} rules={[{ required: true, message: t('problems.required') }]}>
            <NumberInput min={1} max={100} precision={0} style={{ width: '100%' }} aria-label={t('matrix.relationshipThreshold')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['matrix', 'potentialThreshold']} label={t('matrix.potentialThreshold')} rules={[{ required: true, message: t('problems.required') }, ...moneyRules(t, settings.currency)]}>
            <MoneyInput currency={settings.currency} aria-label={t('matrix.potentialThreshold')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="coldAfterDays" label={t('settings.analysis.coldAfterDays')} rules={[{ required: true, message: t('problems.required') }]}>
            <NumberInput min={1} max={3650} precision={0} style={{ width: '100%' }} aria-label={t('settings.analysis.coldAfterDays')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('settings.analysis.stageProbabilities')}
      </Divider>
      <Row gutter={8}>
        {FUNNEL_STAGES.map((stage) => (
          <Col span={3} key={stage}>
            <Form.Item name={['stageProbabilities', stage]} label={t(`codes.funnelStage.${stage}`)} rules={[{ required: true, message: t('problems.required') }]}>
              <NumberInput min={0} max={100} precision={0} style={{ width: '100%' }} aria-label={`${t('settings.analysis.stageProbabilities')} ${t(`codes.funnelStage.${stage}`)}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('settings.analysis.plan')}
      </Divider>
      <Row gutter={8}>
        <Col span={8}>
          <Form.Item name="riskMarginPercent" label={t('settings.analysis.riskMargin')} extra={t('settings.analysis.riskMarginHint')} rules={[{ required: true, message: t('problems.required') }]}>
            <NumberInput min={0} max={500} precision={0} suffix="%" style={{ width: '100%' }} aria-label={t('settings.analysis.riskMargin')} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="askRevisionReason" label={t('settings.analysis.askRevisionReason')} valuePropName="checked" extra={t('settings.analysis.askRevisionReasonHint')}>
            <Switch aria-label={t('settings.analysis.askRevisionReason')} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('settings.analysis.save')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue(
              toValues({ currency: settings.currency, rfm: rfmSettingsSchema.parse({}), matrix: matrixSettingsSchema.parse({}), stageProbabilities: DEFAULT_STAGE_PROBABILITIES, coldAfterDays: 30, riskMarginPercent: 30, askRevisionReason: true }),
            );
          }}
        >
          {t('settings.analysis.defaults')}
        </Button>
      </Space>
    </Form>
  );
}
