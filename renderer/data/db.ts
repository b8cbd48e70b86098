/** The one database instance of the window. Repositories take it as a parameter; hooks use it. */
import { KeyplanDatabase } from './database';

export const db = new KeyplanDatabase();
