/**
 * The sidebar: the app's name and one link per view. Plain links, drawn without antd, so it is on
 * screen before antd's code has arrived; shell.css gives it the look of antd's inline menu.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_ITEMS } from '../navigation';

export function Sidebar() {
  const { t } = useTranslation();
  const location = useLocation();
  const selected = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.key ?? 'portfolio';
  return (
    <aside className="kp-shell-sider keyplan-no-print">
      {/* The app's name is the page's one h1; each view titles itself below it. */}
      <h1 className="kp-shell-name">
        <img src="./favicon.svg" alt="" width={22} height={22} />
        {t('app.name')}
      </h1>
      <nav aria-label={t('nav.label')}>
        <ul className="kp-shell-nav">
          {NAV_ITEMS.map((item) => (
            <li key={item.key}>
              <Link to={item.path} className="kp-shell-nav-item" aria-current={item.key === selected ? 'page' : undefined}>
                {item.icon}
                <span>{t(`nav.${item.key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
