namespace Cchc.Cli.Matrix;

/// <summary>A grid for display: a title, column headers and rows whose first cell is the row's label.</summary>
internal sealed record MatrixTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
