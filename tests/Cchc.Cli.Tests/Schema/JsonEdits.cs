using System.Text;
using System.Text.Json.Nodes;

namespace Cchc.Cli.Tests.Schema;

/// <summary>Builds agreement cases by editing a copy of a valid document.</summary>
/// <param name="validDocument">The valid document every edit starts from.</param>
internal sealed class JsonEdits(string validDocument)
{
    public string Text => validDocument;

    /// <summary>A case from an edit; expected invalid on both sides unless told otherwise.</summary>
    public AgreementCase Edit(string name, Action<JsonObject> edit, bool valid = false)
    {
        var document = JsonNode.Parse(validDocument)!.AsObject();
        edit(document);
        return new AgreementCase(name, Encoding.UTF8.GetBytes(document.ToJsonString()), valid, valid);
    }

    /// <summary>A valid variant: both sides must accept it.</summary>
    public AgreementCase Valid(string name, Action<JsonObject> edit) => Edit(name, edit, valid: true);

    /// <summary>A case from raw text; expected invalid on both sides unless told otherwise.</summary>
    public static AgreementCase Raw(string name, string text, bool schemaValid = false, bool readerValid = false) =>
        new(name, Encoding.UTF8.GetBytes(text), schemaValid, readerValid);

    /// <summary>A documented difference: the text with <paramref name="find"/> replaced, valid for the schema and invalid for the reader.</summary>
    public AgreementCase Difference(string name, string find, string replace)
    {
        Assert.Contains(find, validDocument, StringComparison.Ordinal);
        return Raw(name, validDocument.Replace(find, replace, StringComparison.Ordinal), schemaValid: true, readerValid: false);
    }
}
