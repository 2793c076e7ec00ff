#nullable enable
// The System namespaces nearly every file of this project uses, imported once here (System.IO is
// left to each file: its DriveNotFoundException clashes with PowerShell's).
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Text;
global using System.Threading;
