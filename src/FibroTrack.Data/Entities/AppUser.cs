using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Data.Entities;

/// <summary>A person with an account. Identity holds the credentials; everything else hangs off its Id.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }
}
