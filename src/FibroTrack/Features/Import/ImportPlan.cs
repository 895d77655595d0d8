namespace FibroTrack.Features.Import;

/// <summary>One problem with an import file: where it is (1-based line, header = line 1; the column's name) and what is wrong.</summary>
public sealed record ImportError(long Line, string? Column, string Message)
{
    /// <summary>The field name in a validation problem: <c>lines[7].checkin_date</c>, or <c>lines[7]</c> for a whole row.</summary>
    public string Field => Column is null ? $"lines[{Line}]" : $"lines[{Line}].{Column}";
}

/// <summary>A custom variable the import creates.</summary>
/// <param name="Type">The wire name of its type (<c>scale</c>, <c>yes-no</c>, …), inferred from the file where no mapping says.</param>
public sealed record PlannedVariable(string Code, string Name, string Type, string Kind, string? Unit);

/// <summary>A regimen item the import records as taken: new, or already in the person's regimen (<paramref name="Exists"/>).</summary>
public sealed record PlannedRegimenItem(string Code, string Name, bool Exists, DateOnly StartDate, double Dose, string Unit, int DoseChanges, int DaysTaken);

/// <summary>Names in the file that are not imported, and why.</summary>
public sealed record SkippedName(string Type, string Name, long Rows, string Reason);

/// <summary>What the import writes into one person's diary.</summary>
/// <param name="SourceUser">The Flaredown user_id, or null for a CSV.</param>
/// <param name="Email">The account written to.</param>
/// <param name="NewAccount">Whether the account is created by the import (administrator's all-users import).</param>
/// <param name="DaysToCreate">Dates the person has no diary day for yet.</param>
/// <param name="DaysToMerge">Dates that already hold a day: the imported variables replace the same variables there, everything else stays.</param>
/// <param name="Observations">Observations the imported values make (before merging with existing days).</param>
/// <param name="AlreadyImported">This exact file (and selection) was imported into this account before: committing again writes nothing.</param>
public sealed record PersonPlan(
    string? SourceUser,
    string? Email,
    bool NewAccount,
    long Rows,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    int DaysToCreate,
    int DaysToMerge,
    long Observations,
    IReadOnlyList<PlannedVariable> NewVariables,
    IReadOnlyList<PlannedRegimenItem> RegimenItems,
    bool AlreadyImported);

/// <summary>How many rows one Flaredown user_id has in the file.</summary>
public sealed record SourceUserRows(string UserId, long Rows);

/// <summary>
/// The result of a preview: everything the commit would write, or every problem that stops it. Valid only when
/// <see cref="Errors"/> is empty.
/// </summary>
/// <param name="Source"><c>flaredown</c> or <c>csv</c>.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes: with the source and selection, the key that makes a repeat a no-op.</param>
/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="People">One entry per account written to.</param>
/// <param name="Skipped">Rows not imported, grouped by name and reason.</param>
/// <param name="Errors">The first problems found, each naming its line and column.</param>
/// <param name="ErrorCount">All problems found, including those not listed.</param>
/// <param name="SourceUsers">For Flaredown: the user_ids in the file with their row counts (at most 100 listed).</param>
/// <param name="SourceUserCount">For Flaredown: how many distinct user_ids the file holds.</param>
public sealed record ImportPlan(
    string Source,
    string Sha256,
    long Bytes,
    long Rows,
    IReadOnlyList<PersonPlan> People,
    IReadOnlyList<SkippedName> Skipped,
    IReadOnlyList<ImportError> Errors,
    int ErrorCount,
    IReadOnlyList<SourceUserRows> SourceUsers,
    int SourceUserCount)
{
    public bool IsValid => ErrorCount == 0;
}

/// <summary>An account the administrator's all-users import created, with its one-time random password.</summary>
public sealed record CreatedAccount(string SourceUser, string Email, string Password);

/// <summary>What a commit did.</summary>
/// <param name="Status"><c>committed</c>, or <c>already-imported</c> when every person's part had been imported before and nothing was written.</param>
public sealed record ImportOutcome(string Status, ImportPlan Plan, IReadOnlyList<CreatedAccount> CreatedAccounts);
