// Unit tests read text the way the CLI does: with the committed syntax model, loaded on first use.
import { provideSyntaxModelFile } from '../../src/cli/syntaxModelFile';

provideSyntaxModelFile();
