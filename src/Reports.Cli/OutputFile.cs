namespace Reports.Cli;

/// <summary>A path given with --out that cannot be written; the command exits 2 naming it.</summary>
internal sealed class OutputPathException(string path, string reason, Exception? inner = null)
    : Exception($"--out {path}: {reason}", inner);

/// <summary>
/// Writes the output files all or nothing: every file goes to a temporary sibling first, and only when all of them
/// are written are they renamed into place, so a failure leaves no new file and no half-written one.
/// </summary>
internal static class OutputFile
{
    /// <summary>Checks the paths before any work is done: no repeats, none a folder, none under a file.</summary>
    /// <exception cref="OutputPathException">A path that cannot be a file we write.</exception>
    public static void Check(IReadOnlyList<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = FullPath(path);
            if (!seen.Add(full))
                throw new OutputPathException(path, "given twice; each output file once.");
            if (Directory.Exists(full))
                throw new OutputPathException(path, "is a folder; give a file name such as report.pdf.");
            for (var parent = Path.GetDirectoryName(full); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                    throw new OutputPathException(path, $"{parent} is a file, not a folder.");
                if (Directory.Exists(parent))
                    break;
            }
        }
    }

    /// <exception cref="OutputPathException">A file could not be written; nothing new is left behind.</exception>
    public static async Task WriteAllAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        Check(files.Select(f => f.Path).ToList());
        var written = new List<(string Path, string Full, string Temp)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = FullPath(path);
                var temp = $"{full}.{Guid.NewGuid():N}.tmp";
                await Io(path, async () =>
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    written.Add((path, full, temp));
                    await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
                }, (temp, full));
            }

            foreach (var (path, full, temp) in written)
                await Io(path, () => { File.Move(temp, full, overwrite: true); return Task.CompletedTask; }, (temp, full));
        }
        finally
        {
            foreach (var (_, _, temp) in written)
            {
                try { File.Delete(temp); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: the reason is already reported */ }
            }
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputPathException(path, $"not a usable path: {e.Message}", e);
        }
    }

    /// <param name="temp">The temporary sibling and the file it stands for: the reader asked for the file, not the sibling.</param>
    private static async Task Io(string path, Func<Task> action, (string Temp, string Full) temp)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new OutputPathException(path, $"cannot write: {e.Message.Replace(temp.Temp, temp.Full, StringComparison.Ordinal)}", e);
        }
    }
}
