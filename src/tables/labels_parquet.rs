//! `labels.parquet`: the label lines of `labels.jsonl` as one Parquet table
//! for DuckDB / Spark users.
//!
//! Columns: `root`, `path`, `column` (null for object lines), `kind`,
//! `types` (JSON object string, type → matching values), `types_list`
//! (list<utf8> of the labelled types), `categories` (list<utf8>), `bytes`,
//! `max_confidence`, `rows_scanned`, `rows_total`, `ratio`, `ratios` (JSON
//! object string), `confidence`.

use crate::scan::Label;
use arrow::array::{
    ArrayRef, Float32Builder, Float64Builder, ListBuilder, StringBuilder, UInt64Builder,
};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::record_batch::RecordBatch;
use parquet::arrow::ArrowWriter;
use std::io::Write;
use std::sync::Arc;

/// The Arrow schema of `labels.parquet`.
pub fn schema() -> Arc<Schema> {
    let list = || DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    Arc::new(Schema::new(vec![
        Field::new("root", DataType::Utf8, false),
        Field::new("path", DataType::Utf8, false),
        Field::new("column", DataType::Utf8, true),
        Field::new("kind", DataType::Utf8, false),
        Field::new("types", DataType::Utf8, false),
        Field::new("types_list", list(), false),
        Field::new("categories", list(), false),
        Field::new("bytes", DataType::UInt64, false),
        Field::new("max_confidence", DataType::Float32, false),
        Field::new("rows_scanned", DataType::UInt64, true),
        Field::new("rows_total", DataType::UInt64, true),
        Field::new("ratio", DataType::Float64, true),
        Field::new("ratios", DataType::Utf8, true),
        Field::new("confidence", DataType::Float32, true),
    ]))
}

/// Writes `labels` as Parquet into `out` (in batches of 64k labels).
pub fn write<W: Write + Send>(out: W, labels: &[Label]) -> parquet::errors::Result<()> {
    let schema = schema();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), None)?;
    for chunk in labels.chunks(65536) {
        writer.write(&batch(&schema, chunk)?)?;
    }
    writer.close()?;
    Ok(())
}

fn batch(schema: &Arc<Schema>, labels: &[Label]) -> parquet::errors::Result<RecordBatch> {
    let mut root = StringBuilder::new();
    let mut path = StringBuilder::new();
    let mut column = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let mut types = StringBuilder::new();
    let mut types_list = ListBuilder::new(StringBuilder::new());
    let mut categories = ListBuilder::new(StringBuilder::new());
    let mut bytes = UInt64Builder::new();
    let mut max_conf = Float32Builder::new();
    let mut rows_scanned = UInt64Builder::new();
    let mut rows_total = UInt64Builder::new();
    let mut ratio = Float64Builder::new();
    let mut ratios = StringBuilder::new();
    let mut confidence = Float32Builder::new();
    for l in labels {
        root.append_value(&l.root);
        path.append_value(&l.path);
        column.append_option(l.column.as_deref());
        kind.append_value(&l.kind);
        types.append_value(serde_json::to_string(&l.types).unwrap_or_default());
        for t in l.types.keys() {
            types_list.values().append_value(t);
        }
        types_list.append(true);
        for c in &l.categories {
            categories.values().append_value(c.as_str());
        }
        categories.append(true);
        bytes.append_value(l.bytes);
        max_conf.append_value(l.max_confidence);
        rows_scanned.append_option(l.rows_scanned);
        rows_total.append_option(l.rows_total);
        ratio.append_option(l.ratio);
        ratios.append_option(
            l.ratios
                .as_ref()
                .map(|r| serde_json::to_string(r).unwrap_or_default()),
        );
        confidence.append_option(l.confidence);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(root.finish()),
        Arc::new(path.finish()),
        Arc::new(column.finish()),
        Arc::new(kind.finish()),
        Arc::new(types.finish()),
        Arc::new(types_list.finish()),
        Arc::new(categories.finish()),
        Arc::new(bytes.finish()),
        Arc::new(max_conf.finish()),
        Arc::new(rows_scanned.finish()),
        Arc::new(rows_total.finish()),
        Arc::new(ratio.finish()),
        Arc::new(ratios.finish()),
        Arc::new(confidence.finish()),
    ];
    Ok(RecordBatch::try_new(schema.clone(), columns)?)
}
