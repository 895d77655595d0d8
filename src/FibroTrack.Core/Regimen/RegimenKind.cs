namespace FibroTrack.Core.Regimen;

public enum RegimenKind
{
    Medication,
    Supplement,
}
