using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>A kind of document the library can read: how to recognize it, read it and show its schema.</summary>
internal interface IReadableDocumentKind : IDocumentKind
{
    /// <summary>The JSON Schema text, as embedded in the library.</summary>
    string Schema { get; }

    /// <summary>Whether a document whose top-level members are <paramref name="members"/> looks like this kind.</summary>
    bool HasShape(IReadOnlySet<string> members);

    /// <summary>Reads and validates a document of this kind.</summary>
    DocumentVerdict Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions options);
}
