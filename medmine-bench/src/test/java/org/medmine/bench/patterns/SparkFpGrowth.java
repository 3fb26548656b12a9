package org.medmine.bench.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.medmine.mining.rules.Itemset;

/**
 * The reference FP-Growth: Apache Spark MLlib's {@code org.apache.spark.ml.fpm.FPGrowth} (the
 * parallel FP-Growth of Li et al. 2008) in local mode, bound to the loopback address with its web
 * UI off. Test and bench scope only: Spark is never on the product's class path.
 */
final class SparkFpGrowth implements AutoCloseable {
  private static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            new StructField(
                "items",
                DataTypes.createArrayType(DataTypes.StringType, false),
                false,
                Metadata.empty())
          });

  private final SparkSession spark;
  private final int partitions;

  /** A local Spark session with {@code threads} worker threads ({@code local[threads]}). */
  SparkFpGrowth(int threads) {
    this.partitions = threads;
    this.spark =
        SparkSession.builder()
            .appName("medmine-fpgrowth-reference")
            .master("local[" + threads + "]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", String.valueOf(threads))
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  /** The transactions as a cached DataFrame of one {@code items} array column. */
  Dataset<Row> frame(List<List<String>> transactions) {
    List<Row> rows = new ArrayList<>(transactions.size());
    transactions.forEach(t -> rows.add(RowFactory.create(List.copyOf(new HashSet<>(t)))));
    Dataset<Row> df = spark.createDataFrame(rows, SCHEMA).repartition(partitions).cache();
    df.count();
    return df;
  }

  /** Every frequent itemset (Spark has no length limit) with its count: items as a set → count. */
  Map<Set<String>, Long> mine(Dataset<Row> transactions, double minSupport) {
    FPGrowth fp =
        new FPGrowth().setItemsCol("items").setMinSupport(minSupport).setNumPartitions(partitions);
    List<Row> freq = fp.fit(transactions).freqItemsets().collectAsList();
    Map<Set<String>, Long> out = new HashMap<>(freq.size() * 2);
    for (Row r : freq) {
      out.put(Set.copyOf(r.<String>getList(0)), r.getLong(1));
    }
    return out;
  }

  /** medmine's itemsets in the same shape, failing on an itemset reported twice. */
  static Map<Set<String>, Long> asMap(List<Itemset> itemsets) {
    Map<Set<String>, Long> out = new HashMap<>(itemsets.size() * 2);
    for (Itemset s : itemsets) {
      if (out.put(Set.copyOf(s.items()), s.count()) != null) {
        throw new IllegalStateException("itemset reported twice: " + s.items());
      }
    }
    return out;
  }

  @Override
  public void close() {
    spark.stop();
  }
}
