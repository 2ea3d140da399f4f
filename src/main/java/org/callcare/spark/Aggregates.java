package org.callcare.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Column expressions shared by the report aggregations. */
final class Aggregates {
  private Aggregates() {}

  /** Number of rows where {@code condition} is true (null counts as false); 0 for an empty group. */
  static Column countWhere(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }
}
