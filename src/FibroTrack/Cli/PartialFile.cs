namespace FibroTrack.Cli;

/// <summary>
/// Writes a command's output file beside its target and moves it over the target at the end, so a failed export never
/// leaves half a file where a whole one is expected.
/// </summary>
internal static class PartialFile
{
    /// <returns>Whether the file was written (when not, the reason is printed) and what <paramref name="write"/> returned.</returns>
    public static async Task<(bool Written, T Result)> WriteAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        var partial = path + ".partial";
        try
        {
            T result;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                result = await write(file);
            }

            File.Move(partial, path, overwrite: true);
            return (true, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            await Console.Error.WriteLineAsync($"Could not write {path}: {e.Message}");
            return (false, default!);
        }
    }
}
