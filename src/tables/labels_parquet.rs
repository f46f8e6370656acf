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
use parquet::file::properties::WriterProperties;
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

/// Labels per record batch and per row group: a run over millions of
/// objects holds at most this many labels (and one row group's encoded
/// pages) in memory.
const LABELS_PER_BATCH: usize = 8192;

/// Writes `labels` as Parquet into `out`.
pub fn write<W: Write + Send>(out: W, labels: &[Label]) -> parquet::errors::Result<()> {
    let mut writer = LabelsWriter::new(out)?;
    for label in labels {
        writer.push(label.clone())?;
    }
    writer.finish()?;
    Ok(())
}

/// Writes labels as they come, a batch at a time: a scan of a million
/// objects never holds its million labels.
pub struct LabelsWriter<W: Write + Send> {
    writer: ArrowWriter<W>,
    schema: Arc<Schema>,
    pending: Vec<Label>,
}

impl<W: Write + Send> LabelsWriter<W> {
    /// Starts a `labels.parquet` in `out`.
    pub fn new(out: W) -> parquet::errors::Result<Self> {
        let schema = schema();
        let props = WriterProperties::builder()
            .set_max_row_group_size(LABELS_PER_BATCH * 8)
            .build();
        Ok(LabelsWriter {
            writer: ArrowWriter::try_new(out, schema.clone(), Some(props))?,
            schema,
            pending: Vec::with_capacity(LABELS_PER_BATCH),
        })
    }

    /// Adds one label (written with the next full batch).
    pub fn push(&mut self, label: Label) -> parquet::errors::Result<()> {
        self.pending.push(label);
        if self.pending.len() >= LABELS_PER_BATCH {
            self.flush_pending()?;
        }
        Ok(())
    }

    fn flush_pending(&mut self) -> parquet::errors::Result<()> {
        if !self.pending.is_empty() {
            self.writer.write(&batch(&self.schema, &self.pending)?)?;
            self.pending.clear();
        }
        Ok(())
    }

    /// Writes what is pending and the footer; gives the output back.
    pub fn finish(mut self) -> parquet::errors::Result<W> {
        self.flush_pending()?;
        self.writer.into_inner()
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn written(bytes: Vec<u8>) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(&bytes).unwrap();
        file
    }

    fn label(i: usize) -> Label {
        Label {
            root: "lake".into(),
            path: format!("part-{i:06}.csv"),
            column: i.is_multiple_of(3).then(|| "ssn".to_string()),
            types: [("US_SSN".to_string(), i as u64)].into_iter().collect(),
            bytes: i as u64,
            kind: "column".into(),
            ..Label::default()
        }
    }

    #[test]
    fn streamed_labels_are_all_written_in_order_across_batches_and_row_groups() {
        // More than one row group's worth, ending mid-batch.
        let n = LABELS_PER_BATCH * 8 + LABELS_PER_BATCH + 17;
        let mut writer = LabelsWriter::new(Vec::new()).unwrap();
        for i in 0..n {
            writer.push(label(i)).unwrap();
        }
        let file = written(writer.finish().unwrap());
        let reader = SerializedFileReader::new(file.reopen().unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows() as usize, n);
        assert!(reader.metadata().num_row_groups() >= 2);
        let batches = parquet::arrow::arrow_reader::ParquetRecordBatchReader::try_new(
            file.reopen().unwrap(),
            4096,
        )
        .unwrap();
        let mut seen = 0;
        for batch in batches {
            let batch = batch.unwrap();
            let paths = batch
                .column_by_name("path")
                .unwrap()
                .as_any()
                .downcast_ref::<arrow::array::StringArray>()
                .unwrap()
                .clone();
            for p in paths.iter() {
                assert_eq!(p.unwrap(), format!("part-{seen:06}.csv"));
                seen += 1;
            }
        }
        assert_eq!(seen, n);
    }

    #[test]
    fn no_labels_still_make_a_readable_file() {
        let file = written(LabelsWriter::new(Vec::new()).unwrap().finish().unwrap());
        let reader = SerializedFileReader::new(file.reopen().unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 0);
    }
}
