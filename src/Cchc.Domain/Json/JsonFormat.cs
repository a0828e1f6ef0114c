using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// One document format read in one pass: the root reader checks the shape and fills a builder, then the schema
/// version is checked (the same way for every format), the model is built from whatever read, and the format's
/// validator runs on it, so that structural and content findings come in one round.
/// </summary>
/// <typeparam name="TBuilder">What the pass fills.</typeparam>
/// <typeparam name="TModel">The model built.</typeparam>
internal abstract class JsonFormat<TBuilder, TModel>
    where TBuilder : class
    where TModel : class
{
    /// <summary>Reads the document's root value; <see langword="null"/> when it is not an object (reported).</summary>
    protected abstract TBuilder? ReadRoot(ref JsonPass pass);

    /// <summary>The <c>schemaVersion</c> read, or <see langword="null"/> when it did not read (reported).</summary>
    protected abstract string? VersionOf(TBuilder builder);

    protected abstract TModel Build(TBuilder builder);

    /// <summary>The content findings on the model built; those at or under a structural error are left out.</summary>
    protected abstract IEnumerable<Diagnostic> Validate(TModel model);

    /// <summary>Codes of content findings that the structural errors found make meaningless (for example the plan year's).</summary>
    protected virtual IReadOnlySet<string>? HiddenCodes(JsonReadState state) => null;

    /// <summary>Reads a document: the model when it read without a structural error, and every diagnostic.</summary>
    public TModel? Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options, List<Diagnostic> diagnostics)
    {
        var state = new JsonReadState(options ?? JsonReadOptions.Strict, diagnostics);
        var builder = JsonOnePass.Run<TBuilder?>(utf8Json, state, ReadRoot);
        var model = builder is null ? null : Finish(builder, state);
        state.Finish();
        return state.Errors == 0 ? model : null;
    }

    /// <summary>Reads a stream to its end (refusing more than <see cref="JsonReadOptions.MaxInputBytes"/>), then the bytes.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public TModel? Read(Stream utf8Json, JsonReadOptions? options, List<Diagnostic> diagnostics)
    {
        options ??= JsonReadOptions.Strict;
        var bytes = JsonOnePass.ReadAll(utf8Json, options, out var tooLarge);
        if (tooLarge)
        {
            diagnostics.Add(JsonDiagnostics.InputTooLarge.Create(JsonPointer.Root, $"more than {options.MaxInputBytes}", options.MaxInputBytes));
            return null;
        }

        return Read(bytes, options, diagnostics);
    }

    private TModel? Finish(TBuilder builder, JsonReadState state)
    {
        var version = VersionOf(builder);
        if (version is not null && !SchemaVersions.CanRead(version, state))
        {
            return null;
        }

        var model = Build(builder);
        if (state.Options.Validate)
        {
            state.AddContent(Validate(model), HiddenCodes(state));
        }

        return model;
    }
}
