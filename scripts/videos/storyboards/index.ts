// Every unit's storyboard, by unit id.
import type { Scene } from "../scenes";
import { MODULE_1 } from "./module1";
import { MODULE_2 } from "./module2";
import { MODULE_3 } from "./module3";

export const STORYBOARDS: Record<string, Scene[]> = { ...MODULE_1, ...MODULE_2, ...MODULE_3 };
