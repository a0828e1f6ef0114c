namespace Cchc.Cli.Documents;

/// <summary>A kind of document that is planned but has no reader in the library yet: the tool names it and says so.</summary>
/// <param name="Name">The kind's name.</param>
/// <param name="SchemaFileName">The file name its schema will have.</param>
internal sealed record PendingDocumentKind(string Name, string SchemaFileName) : IDocumentKind;
