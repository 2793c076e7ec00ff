using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperTools.Benchmarks
{
    /// <summary>
    /// What `$text -match $pattern` does inside PowerShell, minus the script-block call around it: look the
    /// pattern up in a locked cache of case-insensitive Regex objects, Match, and on success fill a fresh
    /// $matches hashtable. A faithful, and generous, stand-in for Where-Object { $_.Title -match ... }.
    /// </summary>
    internal static class PowerShellStyleMatch
    {
        private static readonly Dictionary<string, Regex> Cache = new Dictionary<string, Regex>();
        private static readonly object Gate = new object();

        public static bool Test(string input, string pattern)
        {
            Regex regex;
            lock (Gate)
            {
                if (!Cache.TryGetValue(pattern, out regex)) Cache[pattern] = regex = new Regex(pattern, RegexOptions.IgnoreCase);
            }
            if (input == null) return false;
            var match = regex.Match(input);
            if (!match.Success) return false;
            var matches = new Hashtable(StringComparer.CurrentCultureIgnoreCase);
            for (var g = 0; g < match.Groups.Count; g++) matches[g] = match.Groups[g].Value;
            return matches.Count > 0;
        }
    }
}
