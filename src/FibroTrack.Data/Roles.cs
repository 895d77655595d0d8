namespace FibroTrack.Data;

/// <summary>Role names. The first account created on a server becomes an <see cref="Administrator"/>.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
