/** One Open IE tuple, as CaRB scores it: (arg1, relation, arg2, further args...). */
export interface CarbTuple {
  relation: string;
  arg1: string;
  /** arg2 first, then any further arguments (time, place, ...). May be empty. */
  args: string[];
  /** Higher is more confident; orders the precision-recall curve. */
  confidence: number;
}
