using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>Ends a one-pass read at a syntax error: the text is not JSON from there on, so nothing after it can be checked.</summary>
#pragma warning disable CA1032, RCS1194 // Internal control flow of the pass, never thrown to callers: only this constructor makes sense.
internal sealed class JsonPassAbortedException(Diagnostic diagnostic) : Exception(diagnostic.MessageEn)
#pragma warning restore CA1032, RCS1194
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
