namespace Volunteers.Core.Exports;

/// <summary>A cell that breaks a rule: the row as numbered in the sheet, the column's header, and what is wrong, in Chinese.</summary>
public sealed record ImportError(int Row, string Column, string Field, string Message);

/// <summary>A row that matches a volunteer already registered (and not withdrawn): reported and skipped, never imported twice.</summary>
public sealed record ImportDuplicate(int Row, string Column, string? VolunteerNo, string Message);

public sealed record ImportedVolunteer(int Row, long Id, string VolunteerNo, string Name);

public sealed record ImportReport(
    bool DryRun, int Rows, int Importable, int Imported, IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportDuplicate> Duplicates,
    IReadOnlyList<ImportedVolunteer> Volunteers);
