package org.callcare.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Writes a report as one UTF-8 CSV file with a header: Spark's CSV writer on a single partition (RFC 4180
 * quoting, quotes doubled), then the part file is renamed to the report's name. Decimals are printed with 4
 * places (never in exponent form), booleans as true/false, null as an empty cell, and text that a spreadsheet
 * would run as a formula is neutralised ({@link SpreadsheetSafe}).
 */
public final class CsvReportWriter {
  private static final DataType DECIMAL_4 = DataTypes.createDecimalType(20, 4);

  private CsvReportWriter() {}

  /**
   * @param columns snake_case column names in output order; the dataset has the camelCase properties
   * @param sortBy snake_case columns that order the rows
   */
  public static void write(Dataset<?> rows, List<String> columns, List<String> sortBy, Path target,
      Configuration conf) throws IOException {
    Dataset<?> typed = rows.toDF();
    List<Column> selected = new ArrayList<>(columns.size());
    for (String name : columns) {
      StructField field = typed.schema().apply(ReportColumns.camel(name));
      selected.add(present(col(field.name()), field.dataType()).as(name));
    }
    Column[] order = sortBy.stream().map(name -> col(name)).toArray(Column[]::new);
    Path temp = new Path(target.getParent(), "_" + target.getName() + ".parts");
    typed.select(selected.toArray(Column[]::new))
        .repartition(1)
        .sortWithinPartitions(order)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        .option("encoding", "UTF-8")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("nullValue", "")
        .option("ignoreLeadingWhiteSpace", false)
        .option("ignoreTrailingWhiteSpace", false)
        .csv(temp.toString());
    moveSinglePart(temp, target, columns, conf);
  }

  private static Column present(Column value, DataType type) {
    if (type instanceof DoubleType) {
      return value.cast(DECIMAL_4);
    }
    if (type instanceof StringType) {
      return when(value.rlike(SpreadsheetSafe.FORMULA_START), concat(lit(SpreadsheetSafe.PREFIX), value))
          .otherwise(value);
    }
    return value;
  }

  private static void moveSinglePart(Path temp, Path target, List<String> columns, Configuration conf)
      throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    FileStatus[] parts = fs.globStatus(new Path(temp, "part-*"));
    if (parts == null || parts.length == 0) {
      // an empty dataset: Spark wrote no part file, so write the header alone
      try (OutputStream out = fs.create(target, true)) {
        out.write((String.join(",", columns) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } else if (parts.length == 1) {
      if (!fs.rename(parts[0].getPath(), target)) {
        throw new IOException("cannot move " + parts[0].getPath() + " to " + target);
      }
    } else {
      throw new IOException("expected one CSV part in " + temp + ", found " + parts.length);
    }
    fs.delete(temp, true);
  }
}
