/**
 * 白区 (whitespace): the customer's business units or subsidiaries (rows) × our product lines (columns).
 * Each cell shows whether the line is installed there, in pipeline, open or not relevant, who holds it,
 * the estimated potential and its deals; click one to edit it or start an opportunity there. The relevant
 * cells' potential adds up to the account's whitespace potential, which the matrix and the header use
 * when no purchase driver is entered (and the plan offers as 购买潜力).
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { WHITESPACE_STATUSES } from '../../../../shared/domain/codes';
import { nameKey } from '../../../../shared/domain/fieldRules';
import { formatMoney, formatMoneyShown } from '../../../../shared/domain/money';
import type { Settings } from '../../../../shared/domain/settings';
import { whitespaceGrid, whitespaceTotals } from '../../../../shared/methods/whitespace';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { db } from '../../../data/db';
import { useCompetitorNames, type AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';
import { useTeamMembers } from '../../../data/hooks/workspaceHooks';
import { updateSettings } from '../../../data/repositories/settingsRepository';
import { saveOpportunityAtCell } from '../../../data/repositories/whitespaceRepository';
import { OpportunityEditor } from '../../opportunities/OpportunityEditor';
import { useOpportunitySave } from '../../opportunities/useOpportunitySave';
import { WhitespaceCellEditor, type CellTarget } from './WhitespaceCellEditor';

interface Props {
  account: Account;
  records: AccountRecords;
  settings: Settings;
}

const STATUS_COLORS = { INSTALLED: 'green', PIPELINE: 'blue', OPEN: 'orange', NOT_RELEVANT: 'default' } as const;

export function WhitespaceTab({ account, records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const team = useTeamMembers();
  const competitorNames = useCompetitorNames();
  // Units typed here before any of their cells is saved: rows the grid shows while the person fills them.
  const [newUnits, setNewUnits] = useState<string[]>([]);
  const [unitText, setUnitText] = useState('');
  const [lineText, setLineText] = useState('');
  const [editing, setEditing] = useState<CellTarget | null>(null);
  const [starting, setStarting] = useState<CellTarget | null>(null);
  const money = (minor: number) => formatMoneyShown(minor, settings.currency, i18n.language, settings.moneyDisplay);
  const exact = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const grid = useMemo(
    () => whitespaceGrid(records.whitespace, settings.productLines, [...records.subsidiaries.map((s) => s.name), ...newUnits]),
    [records.whitespace, settings.productLines, records.subsidiaries, newUnits],
  );
  const totals = useMemo(() => whitespaceTotals(records.whitespace), [records.whitespace]);
  const dealName = useMemo(() => new Map(records.opportunities.map((o) => [o.id, o])), [records.opportunities]);
  const saveAtCell = useOpportunitySave(
    () => setStarting(null),
    (_loaded, draft, newCompetitors) => {
      if (!starting) throw new Error('No whitespace cell to start the opportunity at');
      return saveOpportunityAtCell(db, starting, draft, newCompetitors);
    },
  );

  const addUnit = () => {
    const unit = unitText.trim();
    if (unit === '') return;
    if (grid.units.some((u) => nameKey(u) === nameKey(unit))) {
      void message.warning(t('accountPage.whitespace.unitExists', { unit }));
      return;
    }
    setNewUnits((units) => [...units, unit]);
    setUnitText('');
  };

  const addLine = () => {
    const line = lineText.trim();
    if (line === '') return;
    if (settings.productLines.some((l) => nameKey(l) === nameKey(line))) {
      void message.warning(t('accountPage.whitespace.lineExists', { line }));
      return;
    }
    updateSettings(db, { productLines: [...settings.productLines, line] }).then(() => setLineText(''), reportError);
  };

  return (
    <div>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="whitespace-totals">
        {WHITESPACE_STATUSES.map((s) => (
          <Tag key={s} color={STATUS_COLORS[s]}>
            {t('accountPage.whitespace.count', { status: t(`codes.whitespaceStatus.${s}`), count: totals.cells[s] })}
          </Tag>
        ))}
        <Typography.Text title={exact(totals.relevantPotential)}>
          {t('accountPage.whitespace.potentialTotal', { amount: money(totals.relevantPotential), open: money(totals.potential.OPEN) })}
        </Typography.Text>
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} className="keyplan-no-print">
        <AddName label={t('accountPage.whitespace.addUnit')} placeholder={t('accountPage.whitespace.unitPlaceholder')} maxLength={200} value={unitText} onChange={setUnitText} onAdd={addUnit} />
        <AddName label={t('accountPage.whitespace.addLine')} placeholder={t('accountPage.whitespace.linePlaceholder')} maxLength={100} value={lineText} onChange={setLineText} onAdd={addLine} />
      </Flex>
      {grid.lines.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('accountPage.whitespace.noLines')} action={<Link to="/settings">{t('nav.settings')}</Link>} />}
      {grid.units.length === 0 || grid.lines.length === 0 ? (
        <Empty description={t('accountPage.whitespace.empty')} />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="kp-whitespace" aria-label={t('accountPage.whitespace.label', { name: account.name })}>
            <thead>
              <tr>
                <th scope="col">{t('accountPage.whitespace.unitsHead')}</th>
                {grid.lines.map((line) => (
                  <th key={line} scope="col">
                    {line}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.units.map((unit) => (
                <tr key={unit}>
                  <th scope="row">{unit}</th>
                  {grid.lines.map((line) => {
                    const cell = grid.cellAt(unit, line);
                    const status = cell?.status ?? null;
                    return (
                      <td key={line} className={status ? `kp-ws-${status}` : undefined}>
                        <button type="button" onClick={() => setEditing({ accountId: account.id, businessUnit: unit, productLine: line, cell })}>
                          {/* The cell's place, for a screen reader, ahead of what it shows (its name then starts "西安分公司 × CRM：空白"). */}
                          <span className="kp-visually-hidden">{t('accountPage.whitespace.placePrefix', { unit, line })}</span>
                          {cell ? (
                            <>
                              <Tag color={STATUS_COLORS[cell.status]}>{t(`codes.whitespaceStatus.${cell.status}`)}</Tag>
                              {cell.potential !== null && <div title={exact(cell.potential)}>{money(cell.potential)}</div>}
                              {cell.competitorName && <div>{t('accountPage.whitespace.heldBy', { name: cell.competitorName })}</div>}
                              {cell.opportunityIds.map((id) => {
                                const deal = dealName.get(id);
                                return deal ? <div key={id}>{t('accountPage.whitespace.deal', { name: deal.name, stage: t(`codes.funnelStage.${deal.stage}`) })}</div> : null;
                              })}
                            </>
                          ) : (
                            <Typography.Text type="secondary">{t('accountPage.whitespace.unknown')}</Typography.Text>
                          )}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <WhitespaceCellEditor
          key={`${editing.businessUnit}\u0000${editing.productLine}`}
          target={editing}
          currency={settings.currency}
          opportunities={records.opportunities}
          competitorNames={competitorNames ?? []}
          onStartOpportunity={(target) => {
            setEditing(null);
            setStarting(target);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {starting && (
        <OpportunityEditor
          open
          opportunity={null}
          accounts={[account]}
          team={team ?? []}
          competitors={records.competitors}
          currency={settings.currency}
          defaultAccountId={account.id}
          defaults={{ name: t('accountPage.whitespace.dealName', { unit: starting.businessUnit, line: starting.productLine }), product: starting.productLine }}
          onSave={saveAtCell}
          onClose={() => setStarting(null)}
        />
      )}
    </div>
  );
}

/** A name typed and added with Enter or the button (a business unit row, a product line column). */
function AddName({ label, placeholder, maxLength, value, onChange, onAdd }: { label: string; placeholder: string; maxLength: number; value: string; onChange: (text: string) => void; onAdd: () => void }) {
  return (
    <Space.Compact>
      <Input placeholder={placeholder} aria-label={label} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} onPressEnter={onAdd} />
      <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
        {label}
      </Button>
    </Space.Compact>
  );
}
