namespace Cchc.Domain.Diagnostics;

/// <summary>A place in a document's text: 1-based line and column (columns count characters, not bytes).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(int Line, int Column);
