/** The first minute: a new manager loads the sample, looks around, removes it, starts empty and ticks off the first steps. */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { liveOnly, storedRecords } from './support/workspaceActions';

describe('first start', () => {
  it('offers the sample workspace, which opens on a real account and is removed in one click; then the first steps tick themselves off', async () => {
    const { page, context } = await openApp();
    await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).waitFor();
    const steps = page.getByRole('region', { name: /开始使用/ });
    await steps.getByText('开始使用（已完成 0/4）').waitFor();

    await page.getByRole('button', { name: '载入示例工作区' }).click();
    await page.getByText('正在使用示例数据', { exact: false }).waitFor();
    await expect.poll(async () => liveOnly(await storedRecords<{ id: string; deletedAt: string | null }>(page, 'stakeholders')).length).toBe(21);
    await expect.poll(() => page.getByTestId('kpi-accounts').textContent()).toBe('客户数1');
    // The welcome is gone; the sample does not count as the person's own first steps.
    expect(await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).count()).toBe(0);
    await steps.getByText('开始使用（已完成 0/4）').waitFor();

    await page.getByRole('button', { name: '打开示例客户' }).click();
    await page.getByRole('heading', { name: '陕西移动（示例）' }).waitFor();
    // Money is overdue on the sample's contract (the delivery installment, ¥800,000, fell due 15 days ago).
    await expect.poll(() => page.getByTestId('account-overdue').locator('[title]').first().getAttribute('title')).toBe('¥800,000.00');
    await page.getByRole('tab', { name: '决策链' }).click();
    await page.getByText('王建国').first().waitFor();
    // The 20-person chain opens with names a person can read (at 1400×900): at least 12 px on screen.
    await page.getByRole('button', { name: '打开决策链编辑器' }).click();
    const name = page.locator('.kp-card :is(.kp-name, .kp-overview-name)', { hasText: '赵志远' });
    await name.waitFor();
    const shown = await name.evaluate((el) => {
      const viewport = el.closest('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      return parseFloat(getComputedStyle(el).fontSize) * zoom;
    });
    expect(shown).toBeGreaterThanOrEqual(12);
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    // The year's figures are the sample's: three plan rows, ¥9,000,000 in all.
    await page.getByTestId('kpi-target').getByText('¥900万').waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await page.getByRole('button', { name: '移除示例' }).click();
    await page.getByRole('dialog', { name: '移除示例工作区？' }).getByRole('button', { name: '移除示例' }).click();
    await page.getByText('已移除示例工作区。').waitFor();
    await expect.poll(async () => (await storedRecords(page, 'stakeholders')).length).toBe(0);
    expect(await storedRecords(page, 'accounts')).toEqual([]);
    await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).waitFor();

    // Starting empty: the checklist stays and leads to each step.
    await page.getByRole('button', { name: '从空白开始' }).click();
    expect(await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).count()).toBe(0);
    await steps.getByRole('button', { name: '新建客户' }).click();
    await page.waitForURL(/#\/accounts\/new$/);
    const drawer = page.getByRole('dialog', { name: /新建客户/ });
    await drawer.getByRole('textbox', { name: '客户名称' }).fill('华东电网');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存“华东电网”。').waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await steps.getByText('开始使用（已完成 1/4）').waitFor();
    await steps.getByText('新建第一个客户（已完成）').waitFor();

    // Put away, it stays away after the app is opened again.
    await steps.getByRole('button', { name: '不再显示' }).click();
    expect(await steps.count()).toBe(0);
    const again = await openApp({ context });
    await again.page.getByTestId('kpi-accounts').waitFor();
    await expect.poll(() => again.page.getByTestId('kpi-accounts').textContent()).toBe('客户数1');
    expect(await again.page.getByRole('region', { name: /开始使用/ }).count()).toBe(0);
  });

  it('gives an English user the sample in English', async () => {
    const { page } = await openApp({ locale: 'en-US' });
    await page.getByRole('button', { name: 'Load the sample workspace' }).click();
    await page.getByRole('button', { name: 'Open the sample account' }).click();
    await page.getByRole('heading', { name: 'Shaanxi Mobile (sample)' }).waitFor();
  });
});
