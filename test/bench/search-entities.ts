import { citationKey, parseDocumentNumber } from '@legis/domain';
import { documentIndexInput, provisionIndexInput, type DocumentIndexInput, type DocumentRow, type ProvisionIndexInput } from '@legis/search';
import type { BenchDocument } from './search-model';
import type { SeededRandom } from './search-random';

/** What the worker's index activity would hand to `indexProvisions` and `indexDocuments`. */
export interface IndexBatch {
  document: DocumentIndexInput;
  provisions: ProvisionIndexInput[];
}

/**
 * The rows intake would have stored for a bench document (an issued document in force from its
 * issue date, with its issuer), mapped by the product's own `documentIndexInput` and
 * `provisionIndexInput`, as the worker's index activity maps its database rows.
 */
export class IndexInputFactory {
  private readonly issuerIds = new Map<string, string>();

  constructor(private readonly random: SeededRandom) {}

  inputsOf(bench: BenchDocument): IndexBatch {
    const parsed = parseDocumentNumber(bench.number);
    const row: DocumentRow = {
      id: bench.id,
      kind: 'issued',
      docType: bench.docType,
      number: bench.number,
      numberIssuerCode: parsed.ok ? parsed.value.issuerCode : null,
      title: bench.title,
      issuerId: this.issuerIdOf(bench.issuerName),
      issuer: { name: bench.issuerName, level: bench.issuerLevel },
      draftingAgencyId: null,
      field: null,
      validityStatus: 'IN_FORCE',
      issuedDate: bench.issuedDate,
      effectiveDate: bench.issuedDate,
      expiryDate: null,
    };
    const documentInput = documentIndexInput(row, bench.text);
    const { text: _text, ...documentView } = documentInput;
    const provisions = bench.provisions.map((p) =>
      provisionIndexInput(
        {
          id: p.id,
          documentId: bench.id,
          versionId: bench.versionId,
          level: p.level,
          number: p.number,
          pathKey: p.pathKey,
          citationKey: citationKey(bench.number, p.pathKey),
          heading: p.heading,
          text: p.text,
          ord: p.ord,
          validityStatus: null,
          validUntil: null,
        },
        documentView,
      ),
    );
    return { document: documentInput, provisions };
  }

  private issuerIdOf(name: string): string {
    let id = this.issuerIds.get(name);
    if (!id) this.issuerIds.set(name, (id = this.random.uuid()));
    return id;
  }
}
