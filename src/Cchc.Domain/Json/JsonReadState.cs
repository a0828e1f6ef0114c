using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// What a one-pass read keeps besides the reader: the options, the path to the current value, and the
/// diagnostics it reports, capped at <see cref="JsonReadOptions.MaxDiagnostics"/> with one final count of the rest.
/// </summary>
internal sealed class JsonReadState
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _start;
    // Where structural errors stand, looked up by every prefix of a content finding's pointer: the check
    // costs the pointer's depth, not the number of errors (a 200,000-item array of wrong items stays linear).
    private readonly HashSet<string> _errorPointers = new(StringComparer.Ordinal);
    private int _errors;
    private int _dropped;

    public JsonReadState(JsonReadOptions options, List<Diagnostic> diagnostics)
    {
        Options = options;
        _diagnostics = diagnostics;
        _start = diagnostics.Count;
    }

    public JsonReadOptions Options { get; }

    /// <summary>Where the reader stands; a JSON Pointer is built from it only for a finding.</summary>
    public JsonPath Path { get; } = new();

    /// <summary>How many structural errors the pass has found.</summary>
    public int Errors => _errors;

    /// <summary>Reports a structural finding at the current path.</summary>
    public void Report(DiagnosticDescriptor descriptor, params object?[] args) => Report(descriptor.Create(Path.ToPointer(), args));

    /// <summary>Reports a structural finding.</summary>
    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            _errorPointers.Add(diagnostic.Path);
            _errors++;
        }

        Add(diagnostic);
    }

    /// <summary>
    /// Adds the content findings of a validator run on what was read, leaving out those at or under a value
    /// already reported structurally (its default would only mislead) and those of <paramref name="hidden"/> codes.
    /// </summary>
    public void AddContent(IEnumerable<Diagnostic> findings, IReadOnlySet<string>? hidden = null)
    {
        foreach (var finding in findings)
        {
            if ((hidden is null || !hidden.Contains(finding.Code)) && !IsUnderError(finding.Path))
            {
                Add(finding);
            }
        }
    }

    /// <summary>Whether a structural error was reported at <paramref name="pointer"/> or at a value that holds it.</summary>
    public bool IsUnderError(string pointer)
    {
        if (_errors == 0)
        {
            return false;
        }

        var errors = _errorPointers.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefix = pointer.AsSpan();
        while (true)
        {
            if (errors.Contains(prefix))
            {
                return true;
            }

            var slash = prefix.LastIndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            prefix = prefix[..slash];
        }
    }

    /// <summary>Forgets what the pass reported: a syntax error replaces every other finding.</summary>
    public void Discard()
    {
        _diagnostics.RemoveRange(_start, _diagnostics.Count - _start);
        _errorPointers.Clear();
        _errors = 0;
        _dropped = 0;
    }

    /// <summary>Adds the final "and N more" diagnostic when some were left out.</summary>
    public void Finish()
    {
        if (_dropped > 0)
        {
            _diagnostics.Add(JsonDiagnostics.TooManyDiagnostics.Create(JsonPointer.Root, _dropped, Options.MaxDiagnostics));
            _dropped = 0;
        }
    }

    private void Add(Diagnostic diagnostic)
    {
        if (_diagnostics.Count - _start < Options.MaxDiagnostics)
        {
            _diagnostics.Add(diagnostic);
        }
        else
        {
            _dropped++;
        }
    }
}
