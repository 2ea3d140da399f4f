package org.callcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver-side writer of small tables against the Spark writer of every other report: the same bytes. */
class ReportTableCsvTest {
  @TempDir
  Path dir;

  @Test
  void writesWhatTheSparkWriterWrites() throws Exception {
    List<String> columns = List.of("agent_id", "behaviour", "calls", "rate");
    Object[][] values = {
        {"A-2", "empathy", 3L, 0.33335},
        {"A-1", "apology", 10L, 0.5},
        {"A, comma", "x", 0L, null},
        {"A \"quoted\"", "y", 1L, 1e-7},
        {"line\nbreak", "z", 2L, -0.0},
        {"carriage\rreturn", "z", 2L, 2.5e10},
        {"=SUM(A1)", "-minus", 4L, -0.00005},
        {"", "empty", 5L, 0.99995},
        {null, "null id", 6L, 1.0},
        {" leading and trailing ", "w", 7L, 0.12344999},
        {"Zoë", "ü", 8L, 123456.78915},
        {"\uD83D\uDE00 emoji", "e", 9L, 0.0},
        {"@mention", "\ttab", 11L, 1.23456789e-3},
        {"A-1", "closing", 12L, 0.66665}};
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Row> sparkRows = new ArrayList<>();
    for (Object[] v : values) {
      Map<String, Object> row = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), v[i]);
      }
      rows.add(row);
      sparkRows.add(RowFactory.create(v));
    }
    StructType schema = new StructType().add("agentId", DataTypes.StringType).add("behaviour", DataTypes.StringType)
        .add("calls", DataTypes.LongType).add("rate", DataTypes.DoubleType);
    SparkSession spark = TestSpark.session();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> sortBy = List.of("agent_id", "behaviour");

    Path bySpark = dir.resolve("spark.csv");
    Path byDriver = dir.resolve("driver.csv");
    CsvReportWriter.write(spark.createDataFrame(sparkRows, schema), columns, sortBy,
        new org.apache.hadoop.fs.Path(bySpark.toString()), conf);
    ReportTableCsv.write(new ReportTable(columns, rows), sortBy, new org.apache.hadoop.fs.Path(byDriver.toString()),
        conf);

    String written = Files.readString(byDriver);
    assertEquals(Files.readString(bySpark), written);
    assertEquals("agent_id,behaviour,calls,rate", written.lines().findFirst().orElseThrow());
    for (String line : List.of("\"A, comma\",x,0,", "'=SUM(A1),'-minus,4,-0.0001", "A-2,empathy,3,0.3334",
        "\"\",empty,5,1.0000", ",null id,6,1.0000", "\"carriage\rreturn\",z,2,25000000000.0000")) {
      assertEquals(true, written.contains(line + "\n"), line);
    }
  }

  @Test
  void anEmptyTableIsItsHeader() throws Exception {
    Path out = dir.resolve("empty.csv");
    ReportTableCsv.write(new ReportTable(List.of("a", "b"), List.of()), List.of("a"),
        new org.apache.hadoop.fs.Path(out.toString()), new Configuration());
    assertEquals("a,b\n", Files.readString(out));
  }
}
