/**
 * The benchmark baseline for app start: React alone rendering a sidebar of six links into an empty
 * page, built and served like the app. Its start in the same browser and run is the floor of "page
 * loaded → a React-drawn nav on screen" on the machine at that moment. Nothing of Keyplan is imported.
 */
import { createRoot } from 'react-dom/client';

const LINKS = ['Home', 'Accounts', 'Matrix', 'Plan', 'Payments', 'Settings'];

function Shell() {
  return (
    <nav aria-label="Main">
      {LINKS.map((name) => (
        <a key={name} href={`#/${name.toLowerCase()}`} style={{ display: 'block', padding: 8 }}>
          {name}
        </a>
      ))}
    </nav>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Shell />);
