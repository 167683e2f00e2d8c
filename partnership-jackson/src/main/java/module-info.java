/**
 * JSON and YAML documents and CSV and JSON Lines ledgers for the partnership model, with Jackson 3.
 *
 * <p>Exports {@code org.partnership.jackson} only; Jackson types never appear in its API.
 */
module org.partnership.jackson {
  requires transitive org.partnership.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires de.siegmar.fastcsv;

  exports org.partnership.jackson;
}
