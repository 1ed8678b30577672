import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RegulatorUserView } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('Back office: users')
@ApiBearerAuth()
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Regulator accounts (simple-rest list; filter {role, active, q})' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<RegulatorUserView[]> {
    const { users, total, offset } = await this.users.list(query);
    reply.header('Content-Range', contentRange('users', offset, users.length, total));
    return users;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One regulator account' })
  get(@Param('id') id: string): Promise<RegulatorUserView> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a regulator account (409 when the e-mail is taken)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<RegulatorUserView> {
    return this.users.create(actor, body);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Change role or active state, or reset the password',
    description: 'Refused with 409 when it would disable or demote the last active admin.',
  })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateUserDto): Promise<RegulatorUserView> {
    return this.users.update(actor, id, body);
  }
}
