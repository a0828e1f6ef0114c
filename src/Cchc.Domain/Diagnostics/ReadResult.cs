using Cchc.Domain.Validation;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// What a reader made of a document: the value (when it could be read) and every diagnostic. Each format's reader
/// returns its own sealed result derived from this one; only the library creates results.
/// </summary>
/// <typeparam name="T">The type of document read.</typeparam>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public class ReadResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The value read, or <see langword="null"/> when the document could not be read.</param>
    /// <param name="diagnostics">Every diagnostic, errors and warnings.</param>
    private protected ReadResult(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The value read; <see langword="null"/> when the document could not be read at all.</summary>
    public T? Value { get; }

    /// <summary>Every diagnostic, in document order for structural ones and rule order for semantic ones.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the document was read and has no error (warnings allowed).</summary>
    public bool IsValid => Value is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The diagnostics of severity <see cref="DiagnosticSeverity.Error"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
