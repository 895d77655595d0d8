namespace FibroTrack.Data.Entities;

/// <summary>
/// A row that belongs to one person. <see cref="FibroTrackDbContext"/> filters every query on these
/// to the current <see cref="OwnerScope"/> and refuses to save one for anybody else.
/// </summary>
public interface IOwned
{
    string OwnerId { get; set; }
}
