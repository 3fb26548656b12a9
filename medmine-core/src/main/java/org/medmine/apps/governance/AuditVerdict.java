package org.medmine.apps.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.privacy.AuditLog;

/** The audit log's check, and whether its head is the one expected (true when none was). */
public record AuditVerdict(AuditLog.Verdict verdict, boolean headAsExpected) {
  /**
   * Whether the chain is whole and its head as expected (else the command's verdict is negative,
   * exit 3).
   */
  public boolean intact() {
    return verdict.intact() && headAsExpected;
  }

  /** Entries, verdict, problems, head hash, keyed entries and notes. */
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entries", verdict.entries());
    json.put("intact", intact());
    json.put("problems", verdict.problems());
    json.put("head_hash", verdict.headHash());
    json.put("keyed_entries", verdict.keyedEntries());
    json.put("notes", verdict.notes());
    return json;
  }

  /** The count and head, every problem and note, and the verdict. */
  public String toText() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(verdict.entries())
        .append(" audit entries (")
        .append(verdict.keyedEntries())
        .append(" keyed); head hash ")
        .append(verdict.headHash())
        .append(nl);
    verdict.problems().forEach(p -> out.append("  ").append(p.message()).append(nl));
    verdict.notes().forEach(n -> out.append("  note: ").append(n).append(nl));
    if (!headAsExpected) {
      out.append("  the head hash differs from --expect-head: the chain was rewritten or truncated")
          .append(nl);
    }
    return out.append(intact() ? "Audit chain intact." : "Audit chain BROKEN.")
        .append(nl)
        .toString();
  }
}
