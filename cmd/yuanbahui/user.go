package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"yuanbahui/ent/user"
	"yuanbahui/internal/account"
	"yuanbahui/internal/auth"
	"yuanbahui/internal/viewer"
)

// DemoPassword is the published password of the demo administrator that
// `make run` creates; `serve --production` refuses to start while any enabled
// account still has it.
const DemoPassword = "yuanbahui-demo"

const userUsage = `yuanbahui user add --username U --role ROLE --area CODE [--resident ID] [--password-stdin | --demo]
yuanbahui user list
yuanbahui user disable --username U

Roles: DISTRICT_ADMIN, TOWN_OFFICIAL, VILLAGE_CADRE, COURTYARD_OFFICER, ANALYST.
Without --password-stdin a password is generated and printed once.
`

// stdin is where --password-stdin reads from (a variable for tests).
var stdin io.Reader = os.Stdin

func userCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, userUsage)
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("user "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := dbFlag(fs)
	username := fs.String("username", "", "login name")
	role := fs.String("role", "", "role")
	area := fs.String("area", "", "statistical code of the area (district, town or village)")
	resident := fs.Int("resident", 0, "resident id behind a courtyard officer's account (internal id)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from standard input")
	demo := fs.Bool("demo", false, "use the published demo password (refused in production) and succeed if the user exists")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx = viewer.SystemContext(ctx)
	accounts := account.New(db.Client, account.Options{})
	switch args[0] {
	case "add":
		if *username == "" || *role == "" || *area == "" {
			return errors.New("user add needs --username, --role and --area")
		}
		if *demo {
			if n, _ := db.Client.User.Query().Where(user.Username(*username)).Count(ctx); n > 0 {
				fmt.Fprintf(stdout, "user %s exists\n", *username)
				return nil
			}
		}
		password, generated := DemoPassword, false
		switch {
		case *fromStdin:
			line, err := bufio.NewReader(stdin).ReadString('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			password = strings.TrimRight(line, "\r\n")
		case !*demo:
			password, generated = auth.GeneratePassword(), true
		}
		var rid *int
		if *resident != 0 {
			rid = resident
		}
		u, err := accounts.AddUser(ctx, *username, viewer.Role(strings.ToUpper(*role)), *area, password, rid, *demo)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added %s (%s, area %s)\n", u.Username, u.Role, u.AreaCode)
		if generated {
			fmt.Fprintf(stdout, "password (shown once): %s\n", password)
		}
		return nil
	case "list":
		users, err := db.Client.User.Query().Order(user.ByUsername()).All(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "USERNAME\tROLE\tAREA\tSTATUS")
		for _, u := range users {
			status := "active"
			if u.Disabled {
				status = "disabled"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Username, u.Role, u.AreaCode, status)
		}
		return tw.Flush()
	case "disable":
		if err := accounts.Disable(ctx, *username); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "disabled %s\n", *username)
		return nil
	}
	fmt.Fprint(stderr, userUsage)
	return fmt.Errorf("unknown user command %q", args[0])
}
