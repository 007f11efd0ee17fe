/** One Open IE tuple, as CaRB scores it: (arg1, relation, arg2, further args...). */
export interface CarbTuple {
  relation: string;
  arg1: string;
  /** arg2 first, then any further arguments (time, place, ...). May be empty. */
  args: string[];
  /** Higher is more confident; orders the precision-recall curve. */
  confidence: number;
}

/** One extraction as the scorer sees it: args[0] is arg1, then arg2, further args. */
export interface CarbExtraction {
  relation: string;
  args: string[];
  confidence: number;
}

/** Extractions grouped by sentence text, in file order. */
export type CarbSet = Map<string, CarbExtraction[]>;

/** A (precision, recall) pair for one gold/prediction comparison. */
export type PairScore = readonly [precision: number, recall: number];
