/**
 * `npm run bench [-- <filter>]`: builds the renderer, then runs every scenario (or those whose name
 * contains the filter) and prints figures. Later views add their scenarios to the list.
 */
import { runScenarios } from './harness';
import { accountPageScenario } from './scenarios/accountPage';
import { accountTreeScenario } from './scenarios/accountTree';
import { analysisMethodsScenario } from './scenarios/analysisMethods';
import { decisionChainScenario } from './scenarios/decisionChain';
import { importExportScenario } from './scenarios/importExport';
import { matrixScenario } from './scenarios/matrix';
import { memoryScenario } from './scenarios/memory';
import { mergeScenario } from './scenarios/merge';
import { planScenario } from './scenarios/plan';
import { portfolioScenario } from './scenarios/portfolio';
import { portfolioWorkbookScenario } from './scenarios/portfolioWorkbook';
import { reviewPackScenario } from './scenarios/reviewPack';
import { startupScenario } from './scenarios/startup';

await runScenarios([startupScenario, importExportScenario, decisionChainScenario, matrixScenario, accountPageScenario, accountTreeScenario, planScenario, portfolioScenario, analysisMethodsScenario, mergeScenario, reviewPackScenario, portfolioWorkbookScenario, memoryScenario], process.argv[2]);
