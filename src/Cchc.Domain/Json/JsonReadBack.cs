using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>Reads a document back, as a writer checks its own output.</summary>
internal delegate void JsonReadBack(ReadOnlySpan<byte> utf8Json, List<Diagnostic> diagnostics);

