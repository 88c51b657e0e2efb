import type { ToneFamily } from "../rule";
import { accusation } from "./accusation";
import { doubt } from "./doubt";
import { passiveAggression } from "./passive-aggression";
import { rudePressure } from "./rude-pressure";
import { shouting } from "./shouting";
import { threat } from "./threat";

/**
 * Every tone family, in the order that breaks ties between two equally long findings at
 * one place: the one that hurts more comes first.
 */
export const TONE_FAMILIES: readonly ToneFamily[] = [
  threat,
  accusation,
  doubt,
  rudePressure,
  passiveAggression,
  shouting,
];
