from citekit.cli import main

main(prog_name="citekit")
