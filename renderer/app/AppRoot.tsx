/**
 * The app's root: the storage gate (follows the database's opening), the router and the shell. antd,
 * its theme and locale live in the workbench (Workbench.tsx), which the shell loads after its first
 * frame.
 */
import { HashRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { StorageGate } from '../session/StorageGate';

export function AppRoot() {
  return (
    <StorageGate>
      <HashRouter>
        <AppLayout />
      </HashRouter>
    </StorageGate>
  );
}
