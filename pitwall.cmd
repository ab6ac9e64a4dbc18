@echo off
rem PitWall launcher for Windows: finds a JDK >= 21 (JAVA_HOME or java on the PATH), builds on
rem first use, then runs. Same commands as ./pitwall.
setlocal enabledelayedexpansion
set "ROOT=%~dp0"
set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo pitwall: no JDK found: install a JDK 21 or newer and set JAVA_HOME 1>&2
  exit /b 1
)
for /f "tokens=3" %%V in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i "version"') do set "JV=%%~V"
for /f "delims=." %%M in ("%JV%") do set "JMAJOR=%%M"
if %JMAJOR% LSS 21 (
  echo pitwall: %JAVA_EXE% is Java %JMAJOR%; PitWall needs 21 or newer: set JAVA_HOME 1>&2
  exit /b 1
)
for %%J in ("%JAVA_EXE%") do set "JAVA_HOME=%%~dpJ.."
if not exist "%ROOT%app\target\pitwall.built" (
  echo pitwall: building on first use...
  call "%ROOT%mvnw.cmd" -B -q -pl app -am -DskipTests package || exit /b 1
  type nul > "%ROOT%app\target\pitwall.built"
)
set /p CP=<"%ROOT%app\target\runtime-classpath.txt"
for %%A in ("%ROOT%app\target\pitwall-app-*.jar") do set "APPJAR=%%A"
"%JAVA_EXE%" -Xms256m -Dpitwall.home="%ROOT%." -cp "%APPJAR%;%CP%" dev.pitwall.app.Main %*
