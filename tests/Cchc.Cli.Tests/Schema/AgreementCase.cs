namespace Cchc.Cli.Tests.Schema;

/// <summary>One document of the agreement corpus and the verdicts expected from ajv and from the C# reader.</summary>
/// <param name="Name">What the document is, for failure messages.</param>
/// <param name="Bytes">The document.</param>
/// <param name="SchemaValid">The verdict expected from the schema (ajv).</param>
/// <param name="ReaderValid">The verdict expected from the reader; differs from <paramref name="SchemaValid"/> only for a documented difference.</param>
internal sealed record AgreementCase(string Name, byte[] Bytes, bool SchemaValid, bool ReaderValid);
