/** Language (per device), currency, how summaries show money and plan year (per workspace). Each change is saved at once. */
import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, MONEY_DISPLAYS, type Currency, type MoneyDisplay } from '../../../shared/domain/settings';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useErrorReporter } from '../../session/useErrorReporter';
import { checkRule } from '../../components/formFields';
import { db } from '../../data/db';
import { useSettings } from '../../data/hooks/workspaceHooks';
import { updateSettings } from '../../data/repositories/settingsRepository';
import { changeLanguage, currentLanguage } from '../../i18n/setupI18n';
import { NumberInput } from '../../components/NumberInput';

export function GeneralSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const settings = useSettings();
  if (!settings) return null;

  const save = (changes: Parameters<typeof updateSettings>[1]) =>
    updateSettings(db, changes).then(() => message.success({ content: t('settings.saved'), key: 'settings-saved' }), reportError);

  return (
    <Form layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 8 }}>
      <Form.Item label={t('settings.language')}>
        <Select<Language>
          aria-label={t('settings.language')}
          value={currentLanguage()}
          options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
          onChange={(language) => void changeLanguage(language)}
        />
      </Form.Item>
      <Form.Item label={t('settings.currency')}>
        <Select<Currency>
          aria-label={t('settings.currency')}
          value={settings.currency}
          options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
          onChange={(currency) => void save({ currency })}
        />
      </Form.Item>
      <Form.Item label={t('settings.moneyDisplay')} extra={t('settings.moneyDisplayHint')}>
        <Select<MoneyDisplay>
          aria-label={t('settings.moneyDisplay')}
          popupMatchSelectWidth={false}
          style={{ minWidth: 320 }}
          value={settings.moneyDisplay}
          options={MONEY_DISPLAYS.map((display) => ({ value: display, label: t(`settings.moneyDisplayOptions.${display}`) }))}
          onChange={(moneyDisplay) => void save({ moneyDisplay })}
        />
      </Form.Item>
      <Form.Item
        label={t('settings.planYear')}
        name="planYear"
        initialValue={settings.planYear}
        rules={[
          checkRule((value: unknown) =>
            typeof value !== 'number' || !Number.isInteger(value) || value < 2000 || value > 2100 ? t('problems.out_of_range', { min: 2000, max: 2100 }) : null,
          ),
        ]}
      >
        <NumberInput
          aria-label={t('settings.planYear')}
          onBlur={(event) => {
            const year = Number(event.target.value);
            if (Number.isInteger(year) && year >= 2000 && year <= 2100 && year !== settings.planYear) void save({ planYear: year });
          }}
        />
      </Form.Item>
    </Form>
  );
}
