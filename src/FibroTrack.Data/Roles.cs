namespace FibroTrack.Data;

/// <summary>
/// Role names. Every account is a person (no role needed); the first account created on a server becomes an
/// <see cref="Administrator"/>, who grants and removes the <see cref="Assignable"/> roles.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";

    /// <summary>May accept a person's care grant and then read what it allows.</summary>
    public const string Clinician = "Clinician";

    /// <summary>Sees the research cohort's aggregates (never a row of anybody); administrators may too.</summary>
    public const string Researcher = "Researcher";

    /// <summary>The roles an administrator grants and removes. Administrator itself is not among them: it is set at setup.</summary>
    public static readonly IReadOnlyList<string> Assignable = [Clinician, Researcher];

    /// <summary>The canonical spelling of an assignable role, whatever its case, or null when it is not one.</summary>
    public static string? FindAssignable(string? name) =>
        Assignable.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
